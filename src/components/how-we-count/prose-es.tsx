import { MAX_QUEUED } from "@/lib/outcomes";
import { useTextOf } from "@/components/language";
import { countsText } from "@/lib/text/counts";
import type { CountingRules } from "./rules";

/**
 * The counting page's prose in Spanish, "tú", saying exactly what prose-en.tsx says: no more kept,
 * no less. The figures page it links to is in English only, and says so.
 */
export function HowWeCountEs({ rule, evidence }: CountingRules) {
  const percent = (p: number) => `${p * 100} %`;
  const { number } = useTextOf(countsText).format;
  return (
    <div className="prose">
      <p>
        Cada arreglo de esta guía pregunta si funcionó. Para saber qué arreglos ayudan, y ponerlos primero, el sitio cuenta
        las respuestas.
      </p>
      <h2>Qué se cuenta</h2>
      <p>Cuando tocas una respuesta, el sitio le manda a su propio servidor un registro con:</p>
      <ul>
        <li>el paso en el que estabas, y el problema y el teléfono que van en su dirección (por ejemplo, &ldquo;borrar la caché, Android, me gusta que se quitan solos&rdquo;),</li>
        <li>la respuesta que tocaste,</li>
        <li>el día en que llegó.</li>
      </ul>
      <p>
        El registro lleva además un número al azar hecho para esa sola respuesta, para que una respuesta que se manda dos
        veces (después de perder la conexión) se cuente una sola vez. No se relaciona contigo ni con tus otras respuestas.
        Una respuesta en español se cuenta igual que en inglés, bajo el mismo paso.
      </p>
      <h2>Qué nunca se guarda</h2>
      <p>
        Ni tu nombre, ni tu cuenta, ni tu dirección IP, ni datos de tu navegador o de tu teléfono, ni cookies, ni nada que
        diga que dos respuestas vienen de la misma persona. El servidor tiene tu dirección en su memoria un minuto, para
        frenar avalanchas de respuestas, y hasta que termina la hora, para que una dirección cuente como un solo reporte de
        un problema (lo ves más abajo). Nunca la escribe en ningún lado. Nada se le manda a nadie más: sin rastreadores,
        sin pedidos a otros sitios.
      </p>
      <h2>Sin conexión</h2>
      <p>
        Las respuestas que tocas sin conexión esperan en tu teléfono (como mucho {MAX_QUEUED}, como mucho una semana) y se
        mandan cuando vuelve la conexión.
      </p>
      <h2>Cuándo no se cuenta</h2>
      <p>
        Si tu navegador manda Global Privacy Control o Do Not Track, no se manda nada, y el servidor ignora un registro así
        si llega. Sin JavaScript tampoco se manda nada.
      </p>
      <h2 id="live">¿Me pasa solo a mí? El conteo en vivo</h2>
      <p>
        Tu respuesta a &ldquo;¿qué les pasa a tus me gusta?&rdquo; también es un reporte de ese problema. Para cada problema
        el servidor guarda un solo número por hora: cuántos lectores lo reportaron. Tu navegador reporta cada problema como
        mucho una vez por hora (guarda en tu teléfono una nota de la hora), y el servidor cuenta un reporte por dirección
        por hora.
      </p>
      <p>
        Las revisiones rápidas y el paso de la caída comparan los últimos 60 minutos con los mismos 60 minutos de la semana
        en las últimas {rule.weeks} semanas (lo normal). Dicen:
      </p>
      <ul>
        <li>
          <strong>lo más probable es que sea un problema de TikTok</strong> cuando al menos {rule.highCount} lectores lo
          reportaron, al menos {rule.highRatio} veces lo normal, y que pasaran tantos por casualidad en una hora cualquiera
          sería menos de una vez en {number(Math.round(1 / rule.highChance))} (una prueba de Poisson);
        </li>
        <li>
          <strong>más de lo normal</strong> con al menos {rule.raisedCount} lectores, {rule.raisedRatio} veces lo normal, y
          una probabilidad menor a 1 en {Math.round(1 / rule.raisedChance)};
        </li>
        <li>
          <strong>ninguna señal de un problema general</strong> en los demás casos.
        </li>
      </ul>
      <p>
        Con menos de {rule.minWeeks} semanas de conteos, o con menos de {rule.minHistory} reportes del problema en ellas, la
        guía no dice nada: no tener datos no es lo mismo que no tener un problema. El conteo solo sabe lo que reportan los
        lectores de esta guía, no lo que sabe TikTok.
      </p>
      <h2>Cuántas veces funcionó un arreglo</h2>
      <p>
        Un paso con un arreglo muestra cuántos de los lectores que lo probaron en los últimos {evidence.days} días dijeron
        que funcionó, en tu tipo de teléfono cuando el paso es para uno solo, con un rango en el que probablemente está
        (intervalo de Wilson al {percent(0.95)}). No muestra nada hasta que respondan al menos {evidence.minimum} lectores.
        Es la misma cifra que la de la{" "}
        <a href="/stats" hrefLang="en">
          página de cifras (en inglés)
        </a>{" "}
        para esos días.
      </p>
      <h2>Cuando un menú se veía distinto</h2>
      <p>
        Un paso con una ruta de menús te deja avisarnos que el menú se veía distinto en tu app: un nombre era distinto,
        faltaba un botón o el orden era distinto. Solo se guarda esa opción, con el paso y la semana, como un conteo. No hay
        caja de texto, y no se guarda nada sobre ti. Lo mandas tú, así que se manda con o sin JavaScript, digan lo que digan
        las señales de privacidad de tu navegador.
      </p>
      <h2>Las cifras</h2>
      <p>
        Cualquiera puede ver lo que dicen los conteos:{" "}
        <a href="/stats" hrefLang="en">
          qué arreglos funcionan (en inglés)
        </a>
        , por teléfono y por problema, y qué pasos tienen menús que, según los lectores, cambiaron.
      </p>
    </div>
  );
}
